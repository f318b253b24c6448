"""Images for readers and front ends: alt text, captions and a fixed set of renditions."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Widths a front end can pick from for srcset; kept small so listings stay cheap.
RENDITION_SPECS = {
    "small": "width-480",
    "medium": "width-960",
    "large": "width-1600",
}


def image_alt(image, alt_text: str = "") -> str:
    """Alt text written for this use, else the image's own description (never its file name)."""
    return (alt_text or "").strip() or (getattr(image, "description", "") or "").strip()


def image_representation(image, alt_text: str = "", caption: str = "") -> dict | None:
    """The API shape of an image: renditions with sizes, alt text and caption."""
    if image is None:
        return None
    renditions = image.get_renditions(*RENDITION_SPECS.values())
    return {
        "alt": image_alt(image, alt_text),
        "caption": caption or "",
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": renditions[spec].url,
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITION_SPECS.items()
        },
    }


class ImageBlock(blocks.StructBlock):
    """An image with alt text in the page's language and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_(
            "Describe the image for screen readers. Leave empty to use the image's own description."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("An image with alternative text and an optional caption")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not image_alt(value["image"], value.get("alt_text")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Write alternative text: this image has no description to fall back on.")
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["alt"] = image_alt(value.get("image"), value.get("alt_text"))
        return context

    def get_api_representation(self, value, context=None):
        return image_representation(value.get("image"), value.get("alt_text"), value.get("caption"))
