-- Postcode sectors are now built inside each council's import, from the postcode file its manifest
-- names, so there is no separate start-up load to remember.
DROP TABLE postcode_sector_load;
