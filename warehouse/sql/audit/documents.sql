select doc_id, language, published_date from documents
