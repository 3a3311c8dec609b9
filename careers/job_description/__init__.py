"""Job description: see the modules of this package."""
