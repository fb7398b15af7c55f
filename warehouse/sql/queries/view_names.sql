select view_name from duckdb_views() where not internal
