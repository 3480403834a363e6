#pragma once

#include <QString>

/// A scheduled event, from information_schema.EVENTS.
struct Event
{
    QString name;
    QString definition;    ///< the body as written
    QString eventType;     ///< ONE TIME or RECURRING
    QString executeAt;     ///< ONE TIME: when, in the event's time zone
    QString intervalValue; ///< RECURRING: e.g. "1"
    QString intervalField; ///< RECURRING: e.g. "HOUR"
    QString starts;        ///< STARTS as reported (the server fills in the creation time when none was given)
    bool startsAtCreation = false; ///< STARTS is the creation time (see SchemaNormalizer::startsAtCreation)
    QString ends;
    QString status;        ///< ENABLED, DISABLED or SLAVESIDE_DISABLED
    QString onCompletion;  ///< PRESERVE or NOT PRESERVE
    QString comment;
    QString timeZone;
    QString definer;       ///< shown, not compared
    QString createStatement; ///< SHOW CREATE EVENT, when it was asked for
};
