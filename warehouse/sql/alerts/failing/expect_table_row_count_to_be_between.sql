select count(*) as row_count, {min_value} as min_expected, {max_value} as max_expected from ({relation_sql}) as audited;
