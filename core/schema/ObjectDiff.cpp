#include "ObjectDiff.h"

QString ObjectDiff::statusName(Status status)
{
    switch (status) {
    case Status::OnlyInSource:
        return QStringLiteral("only_in_source");
    case Status::OnlyInTarget:
        return QStringLiteral("only_in_target");
    case Status::Different:
        return QStringLiteral("different");
    case Status::Identical:
        return QStringLiteral("identical");
    }
    return {};
}
