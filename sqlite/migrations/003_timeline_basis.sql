-- How each timeline event's date was obtained: "date in the text", or a
-- year taken from elsewhere ("year from the story's reports dated …").
ALTER TABLE timeline ADD COLUMN basis TEXT NOT NULL DEFAULT '';
