-- FoU's own agendas saved as templates, beside the standard agenda of each meeting kind

CREATE TABLE agenda_template (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(150) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_agenda_template PRIMARY KEY (id),
    CONSTRAINT uq_agenda_template_name UNIQUE (name)
);

CREATE TABLE agenda_template_item (
    id BIGINT NOT NULL AUTO_INCREMENT,
    template_id BIGINT NOT NULL,
    position INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    presenter VARCHAR(150) NULL,
    estimated_minutes INT NOT NULL,
    CONSTRAINT pk_agenda_template_item PRIMARY KEY (id),
    CONSTRAINT fk_agenda_template_item_template FOREIGN KEY (template_id) REFERENCES agenda_template (id) ON DELETE CASCADE
);
