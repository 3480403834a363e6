#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Connection;

/// The foreign keys between tables of the target, read from information_schema, used to order a
/// sync so that the server's FK checks never see a child row without its parent.
class ForeignKeyGraph
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyGraph)

public:
    struct Edge
    {
        QString childDatabase;
        QString child;
        QString parentDatabase;
        QString parent;
        QString constraint;
        QString onDelete; ///< CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT
    };
    using TableName = QPair<QString, QString>; ///< database, table

    /// Every foreign key whose child table lives in one of `databases` (one query for all).
    static Result<ForeignKeyGraph> read(Connection& connection, const QStringList& databases);

    void addEdge(const Edge& edge) { m_edges.append(edge); }
    const QList<Edge>& edges() const { return m_edges; }

    /// Indexes into `tables`, parents before children. Edges to tables outside the list do not
    /// matter (their rows do not change). Self-references cannot be ordered by table and are left
    /// to the caller; a cycle is broken in list order and reported in `warnings`.
    QList<int> parentsFirst(const QList<TableName>& tables, QStringList* warnings = nullptr) const;

private:
    QList<Edge> m_edges;
};
