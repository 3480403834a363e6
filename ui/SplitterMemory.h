#pragma once

#include <QHash>
#include <QObject>

class AppStore;
class QSplitter;

/// Remembers where the user left every splitter of the application, including those of views
/// created later (project tabs, detail panes), without each view saving its own: it watches for
/// splitters being shown, gives them their saved state the first time, follows their moves, and
/// writes them all to the AppStore (Setting::SplitterStates) on save().
///
/// A splitter is known by its object name, or else by the class of the nearest SyncStudio widget
/// above it and its position among that widget's splitters.
class SplitterMemory : public QObject
{
    Q_OBJECT

public:
    /// Reads the saved states from `store` (which must outlive this object) and starts watching.
    explicit SplitterMemory(AppStore& store, QObject* parent = nullptr);
    ~SplitterMemory() override;

    /// Writes the states of every splitter seen so far (closed ones keep their last state).
    void save();
    /// The key a splitter's state is stored under.
    static QString keyOf(const QSplitter* splitter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void adopt(QSplitter* splitter);

    AppStore& m_store;
    QHash<QString, QByteArray> m_states;
};
