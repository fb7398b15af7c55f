select count(*) > 0 from duckdb_columns() where table_name = $table_name and column_name = $column_name
