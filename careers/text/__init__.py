"""Text: see the modules of this package."""
