select column_name from duckdb_columns() where table_name = ? order by column_index
