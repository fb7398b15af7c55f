-- This run's new documents whose decoding repaired or guessed something, one row per note.
select doc_id, source_uri, encoding, split_part(note, ':', 1) as check_name, trim(substr(note, strpos(note, ':') + 1)) as detail
from (select doc_id, source_uri, encoding, unnest(decode_notes) as note from documents where run_id = $run_id)
order by check_name, source_uri
