select mention_id, doc_id, unnest(destination_countries) as country from flight_mentions
