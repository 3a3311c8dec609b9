"""Dataset: see the modules of this package."""
