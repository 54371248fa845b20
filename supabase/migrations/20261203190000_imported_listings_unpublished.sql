-- Where open data (20261203150000) meets the import (20261203170000): a listing a coordinator
-- imported is not published before it is confirmed, whatever writes it. Confirming shows it
-- in the directory; publishing it stays its own opt-in, by its owner or a coordinator.
alter table public.helpers
  add constraint helpers_unconfirmed_is_unpublished check (not (awaiting_confirmation and published));
