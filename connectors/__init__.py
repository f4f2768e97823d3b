"""Connectors: how data gets into Datalab. `base` is the interface, `registry` finds connector
types (entry-point group `datalab.connectors`) and configured instances; one folder per built-in."""
