-- revision: 0f1e2d3c4b04
-- down_revision: 0f1e2d3c4b02, 0f1e2d3c4b03
-- message: merge orders and customer name

-- retort:upgrade

-- retort:downgrade
