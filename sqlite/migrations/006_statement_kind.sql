-- A statement's kind: speech (said, wrote, told) or belief (believes,
-- expects, hopes). Statements stored before it was recorded were all read
-- as speech.
ALTER TABLE statements ADD COLUMN kind TEXT NOT NULL DEFAULT 'speech';
