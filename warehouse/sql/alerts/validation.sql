select doc_id, table_name, column_name, failure_value, row_json from validation_failures where run_id = {run_id} and check_name = {check};
