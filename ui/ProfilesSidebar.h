#pragma once

#include <QWidget>

#include <optional>

class ProfilesModel;
class QStackedWidget;
class QTreeView;
struct Profile;

/// The left-hand list of saved profiles, grouped by environment, with an inviting empty state
/// when there are none yet. Editing and deleting are the main window's actions; the sidebar
/// reports what the user picked.
class ProfilesSidebar : public QWidget
{
    Q_OBJECT

public:
    ProfilesSidebar(ProfilesModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    /// The id of the selected profile, or 0 when a group or nothing is selected.
    qint64 currentProfileId() const;
    /// Selects the profile with this id (after a reload), if it exists.
    void selectProfile(qint64 id);
    /// The actions shown on a right click on a profile; a null entry is a separator.
    void setContextActions(const QList<QAction*>& actions);
    /// The action the empty state's button triggers (New Profile).
    void setNewProfileAction(QAction* action);

signals:
    void currentProfileChanged(qint64 id);
    /// Double-click or Enter on a profile.
    void profileActivated(qint64 id);

private:
    void updatePage();
    void showContextMenu(const QPoint& pos);

    ProfilesModel* m_model;
    QStackedWidget* m_stack;
    QTreeView* m_view;
    QWidget* m_emptyPage;
    QList<QAction*> m_contextActions;
    QAction* m_newProfile = nullptr;
};
