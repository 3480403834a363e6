#include "SplitterMemory.h"

#include "store/AppStore.h"

#include <QApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSplitter>

namespace {
const char* AdoptedProperty = "syncstudioSplitterAdopted";
} // namespace

SplitterMemory::SplitterMemory(AppStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    const QJsonObject saved
        = QJsonDocument::fromJson(m_store.value(Setting::SplitterStates).toByteArray()).object();
    for (auto it = saved.begin(); it != saved.end(); ++it)
        m_states.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    qApp->installEventFilter(this);
}

SplitterMemory::~SplitterMemory()
{
    qApp->removeEventFilter(this);
}

QString SplitterMemory::keyOf(const QSplitter* splitter)
{
    if (!splitter->objectName().isEmpty())
        return splitter->objectName();
    // The nearest widget of our own (Qt's classes all start with a Q) names the place.
    const QObject* owner = splitter->parent();
    while (owner && owner->parent() && owner->objectName().isEmpty()
        && QLatin1String(owner->metaObject()->className()).startsWith(QLatin1Char('Q')))
        owner = owner->parent();
    if (!owner)
        return {};
    const QList<QSplitter*> siblings = owner->findChildren<QSplitter*>();
    QString name = QString::fromLatin1(owner->metaObject()->className());
    if (!owner->objectName().isEmpty())
        name += QLatin1Char('#') + owner->objectName();
    return QStringLiteral("%1/%2").arg(name).arg(siblings.indexOf(const_cast<QSplitter*>(splitter)));
}

bool SplitterMemory::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        if (auto* splitter = qobject_cast<QSplitter*>(watched);
            splitter && !splitter->property(AdoptedProperty).toBool())
            adopt(splitter);
    }
    return QObject::eventFilter(watched, event);
}

void SplitterMemory::adopt(QSplitter* splitter)
{
    splitter->setProperty(AdoptedProperty, true);
    const QString key = keyOf(splitter);
    if (key.isEmpty())
        return;
    if (auto it = m_states.constFind(key); it != m_states.constEnd())
        splitter->restoreState(*it);
    connect(splitter, &QSplitter::splitterMoved, this,
        [this, splitter, key] { m_states.insert(key, splitter->saveState()); });
}

void SplitterMemory::save()
{
    for (QWidget* widget : QApplication::allWidgets()) {
        auto* splitter = qobject_cast<QSplitter*>(widget);
        if (splitter && splitter->property(AdoptedProperty).toBool() && splitter->isVisible()) {
            if (const QString key = keyOf(splitter); !key.isEmpty())
                m_states.insert(key, splitter->saveState());
        }
    }
    QJsonObject json;
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it)
        json.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    // Losing splitter positions is not worth bothering the user about.
    (void)m_store.setValue(Setting::SplitterStates, QJsonDocument(json).toJson(QJsonDocument::Compact));
}
