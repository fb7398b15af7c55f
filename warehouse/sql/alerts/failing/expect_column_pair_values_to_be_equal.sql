select * from ({relation_sql}) as audited where {column_A} is distinct from {column_B};
