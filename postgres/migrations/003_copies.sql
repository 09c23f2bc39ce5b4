-- The other sources where a document's text was found: an array of
-- sources, or null. A column beside the other lists rather than a table of
-- its own: it is read with the document every time and looked up by
-- nothing else, and its few entries change under the document's row lock.
ALTER TABLE documents ADD COLUMN copies jsonb NOT NULL DEFAULT 'null';
