-- The search's speaker facet looks up the statements of each matching
-- document for their speaker and its name: with both in the index it
-- reads the index alone, not each statement's row with its text.
DROP INDEX statements_doc;
CREATE INDEX statements_doc_speaker ON statements (doc, speaker, speaker_name);
