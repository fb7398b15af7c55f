select * from ({relation_sql}) as audited where {column} < {min_value} or {column} > {max_value};
