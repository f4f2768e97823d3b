"""What a user writes and what records look like: the pipeline spec (pydantic models of the YAML
file), the options of every stage, Arrow schemas of records, and shipped expectation suites.

Everything here imports only pydantic and pyarrow, so loading and checking a spec stays fast.
"""
