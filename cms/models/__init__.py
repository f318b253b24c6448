from .audience import AudiencePage
from .call import CallPage
from .home import HomePage
from .news import NewsIndexPage, NewsPage
from .preview import PagePreview
from .section import SectionPage
from .site_settings import PortalSettings
from .snippets import Audience
from .webhooks import WebhookDelivery

__all__ = [
    "Audience",
    "AudiencePage",
    "CallPage",
    "HomePage",
    "PortalSettings",
    "NewsIndexPage",
    "NewsPage",
    "PagePreview",
    "SectionPage",
    "WebhookDelivery",
]
