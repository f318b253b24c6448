"""StreamField blocks shared by every page type: one module per family, each block with its
template and its API shape. ``blocks.streams`` assembles them into the stream blocks pages use."""
