"""Compare: see the modules of this package."""
