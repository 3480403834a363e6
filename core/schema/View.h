#pragma once

#include <QString>

/// A view, from information_schema.VIEWS.
struct View
{
    QString name;
    QString definition;   ///< the SELECT as the server stores it (names qualified with the database)
    QString checkOption;  ///< NONE, LOCAL or CASCADED
    QString securityType; ///< DEFINER or INVOKER
    QString algorithm;    ///< UNDEFINED, MERGE or TEMPTABLE (MariaDB only; empty on MySQL)
    QString definer;      ///< user@host; shown, not compared (it differs between environments)
    bool updatable = false;
    QString createStatement; ///< SHOW CREATE VIEW, when it was asked for
};
