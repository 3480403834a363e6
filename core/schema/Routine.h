#pragma once

#include <QList>
#include <QString>

/// A stored procedure or function, from information_schema.ROUTINES and PARAMETERS.
struct Routine
{
    enum class Kind { Procedure, Function };

    struct Parameter
    {
        QString mode; ///< IN, OUT or INOUT (empty for function parameters)
        QString name;
        QString type; ///< DTD_IDENTIFIER, e.g. "varchar(10)"
    };

    Kind kind = Kind::Procedure;
    QString name;
    QList<Parameter> parameters;
    QString returns;       ///< functions: the return type
    QString body;          ///< ROUTINE_DEFINITION as written
    bool deterministic = false;
    QString dataAccess;    ///< CONTAINS SQL, NO SQL, READS SQL DATA, MODIFIES SQL DATA
    QString securityType;  ///< DEFINER or INVOKER
    QString comment;
    QString definer;       ///< shown, not compared
    QString sqlMode;       ///< shown, not compared
    QString createStatement; ///< SHOW CREATE PROCEDURE/FUNCTION, when it was asked for
};
