comment on table {table} is {text}
