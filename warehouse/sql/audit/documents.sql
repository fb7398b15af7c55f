select doc_id, language, published_date
from documents
semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
