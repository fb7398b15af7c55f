select * from ({relation_sql}) as audited where {column} is not null and {column} not in ({value_set});
