-- The money bounds of the domain (prices per unit at most 10^11 minor units; order amounts, shipping
-- amounts and thresholds at most 10^13), also held by the database for every new or changed row.
-- NOT VALID: rows written before the bounds existed are left as they are, and not checked.
alter table order_items add constraint order_items_unit_price_bound check (unit_price_minor <= 100000000000) not valid;
alter table pricebook_items add constraint pricebook_items_price_bound check (price_minor <= 100000000000) not valid;
alter table multipacks add constraint multipacks_default_price_bound check (default_price_minor <= 100000000000) not valid;
alter table team_default_containers add constraint team_default_containers_price_bound check (price_minor <= 100000000000) not valid;
alter table shipping_rules add constraint shipping_rules_amount_bound check (amount_minor <= 10000000000000) not valid;
alter table shipping_rules add constraint shipping_rules_min_subtotal_bound check (min_subtotal_minor <= 10000000000000) not valid;
alter table shipping_rules add constraint shipping_rules_free_above_bound check (free_above_minor <= 10000000000000) not valid;
alter table orders add constraint orders_shipping_amount_bound check (shipping_amount_minor <= 10000000000000) not valid;
alter table orders add constraint orders_total_bound check (total_minor between -10000000000000 and 10000000000000) not valid;
