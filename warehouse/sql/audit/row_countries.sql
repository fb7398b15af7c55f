select table_id, row_number, unnest(countries) as country from flight_table_rows
