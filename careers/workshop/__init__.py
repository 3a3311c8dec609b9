"""Workshop: see the modules of this package."""
