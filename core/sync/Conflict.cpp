#include "Conflict.h"

QList<int> Conflict::differingColumns() const
{
    QList<int> out;
    const qsizetype n = qMax(expected.size(), actual.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= expected.size() || i >= actual.size() || expected.at(i) != actual.at(i))
            out << int(i);
    }
    return out;
}

QString Conflict::reasonText() const
{
    switch (reason) {
    case Reason::Changed:
        return tr("the row changed on the target meanwhile");
    case Reason::Missing:
        return tr("the row was deleted from the target meanwhile");
    case Reason::Ambiguous:
        return tr("more than one row of the target has this key");
    case Reason::Present:
        break;
    }
    return tr("a row with this key was inserted into the target meanwhile");
}
