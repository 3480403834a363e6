#pragma once

#include <QString>

/// A trigger, from information_schema.TRIGGERS.
struct Trigger
{
    QString name;
    QString table;      ///< the table it fires on (same database)
    QString timing;     ///< BEFORE or AFTER
    QString event;      ///< INSERT, UPDATE or DELETE
    int order = 1;      ///< ACTION_ORDER among the table's triggers of the same timing and event
    QString statement;  ///< the body as written
    QString definer;    ///< shown, not compared
    QString sqlMode;    ///< shown, not compared
    QString createStatement; ///< SHOW CREATE TRIGGER, when it was asked for
};
