"""Options of each pipeline stage, one module per stage. Only pydantic is imported here."""
