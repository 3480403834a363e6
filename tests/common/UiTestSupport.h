#pragma once

#include "db/Connection.h"
#include "db/Sql.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

/// Helpers the UI journeys share: answering modal dialogs, closing the result messages a tab
/// leaves open, and hashing a sandbox table with plain SQL. Header-only, since TestSupport.cpp is
/// linked into tests without QtWidgets.
namespace UiTestSupport {

/// Runs `handle` on the next modal dialog of type T as soon as it is open (polling, since a modal
/// dialog's exec() blocks the caller). The flag says whether it ran.
template <typename T> std::shared_ptr<bool> whenModal(QObject* context, std::function<void(T*)> handle)
{
    auto handled = std::make_shared<bool>(false);
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handle, handled] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *handled = true;
            handle(dialog);
        }
    });
    timer->start();
    return handled;
}

/// Clicks the accept button of the next modal message box named `objectName` (result messages
/// left open are not it); `text` receives its text and informative text. The flag says whether it
/// ran.
inline std::shared_ptr<bool> acceptNextMessage(QObject* context, const QString& objectName, QString* text = nullptr)
{
    auto handled = std::make_shared<bool>(false);
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handled, objectName, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        *handled = true;
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                b->click();
                return;
            }
        }
    });
    timer->start();
    return handled;
}

/// Closes the result messages a widget leaves open (window-modal, not waited for).
inline void closeMessages(QWidget* widget)
{
    for (QMessageBox* box : widget->findChildren<QMessageBox*>())
        box->close();
    QCoreApplication::processEvents();
}

/// The row count and a hash of every row's bytes in key order of `db`.items (id, name, qty),
/// hashed on the server with plain SQL; `where` narrows the rows (an SQL condition, or empty).
inline QByteArray itemsDigest(Connection& conn, const QString& db, const QString& where = {})
{
    if (!conn.execute(QByteArrayLiteral("SET SESSION group_concat_max_len = 16777216")))
        return QByteArray("error: group_concat_max_len");
    Result<QueryResult> r = conn.query(QStringLiteral("SELECT COUNT(*), MD5(GROUP_CONCAT(CONCAT_WS(0x1f, id, HEX(name), "
                                                      "IFNULL(HEX(qty), 'N')) ORDER BY id SEPARATOR 0x1e)) FROM %1.items%2")
                                           .arg(Sql::quoteIdentifier(db),
                                               where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                                           .toUtf8());
    if (!r || r->rows.isEmpty())
        return QByteArray("error: ") + (r ? QByteArray() : r.error().toString().toUtf8());
    return r->rows.at(0).at(0).value_or(QByteArray()) + ':' + r->rows.at(0).at(1).value_or(QByteArray());
}

} // namespace UiTestSupport
