"""Self check: see the modules of this package."""
