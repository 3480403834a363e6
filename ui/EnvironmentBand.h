#pragma once

#include "ProfilesModel.h"

#include <QWidget>

#include <optional>

class QLabel;

/// The strip at the top of a project tab that says where data flows: source -> target, each with
/// its environment tag, on a band coloured by the target's environment, so a comparison writing
/// into production never looks like one writing into a laptop.
class EnvironmentBand : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentBand(QWidget* parent = nullptr);

    /// `source`/`target` are the endpoints as shown; the profiles, when the endpoints name saved
    /// ones, give the environment tags.
    void setEndpoints(const QString& source, const std::optional<Profile>& sourceProfile, const QString& target,
        const std::optional<Profile>& targetProfile);

    /// The colour of an environment: production red, staging amber, development green, other grey.
    static QColor environmentColor(ProfilesModel::Group group);
    /// The short tag shown in the band: "PROD", "STAGING", "DEV", or the profile's own tag.
    static QString tagText(const std::optional<Profile>& profile);

    QString sourceText() const;
    QString targetText() const;
    QString sourceTag() const;
    QString targetTag() const;
    /// The environment the band is coloured by (the target's).
    ProfilesModel::Group targetGroup() const { return m_targetGroup; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_sourceIcon;
    QLabel* m_source;
    QLabel* m_sourceTag;
    QLabel* m_arrow;
    QLabel* m_targetIcon;
    QLabel* m_target;
    QLabel* m_targetTag;
    QLabel* m_note;
    ProfilesModel::Group m_targetGroup = ProfilesModel::Group::Other;
};
