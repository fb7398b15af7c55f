select * from ({relation_sql}) as audited where {column} is not null and not regexp_matches({column}, {regex});
