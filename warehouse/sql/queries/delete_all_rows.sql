delete from {table}
