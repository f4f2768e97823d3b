"""CLI subcommands, one module per family; each exposes `register(app)` and imports heavy
libraries only inside its command functions."""
