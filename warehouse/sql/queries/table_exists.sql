select count(*) > 0 from duckdb_tables() where table_name = $name
