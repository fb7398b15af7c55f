select * from ({relation_sql}) as audited qualify count(*) over (partition by {column_list}) > 1;
